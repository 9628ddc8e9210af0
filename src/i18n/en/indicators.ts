// English names and definitions of the indicators, keyed by the ids of INDICATORS
// (src/lib/indicators.ts; Japanese there and in src/lib/indicator-definitions.ts).
// tests/unit/i18n/indicators.test.ts checks that every id has exactly one of each.

export const INDICATOR_NAMES_EN: Readonly<Record<string, string>> = {
  r6_businesses: 'Businesses consulting (each counted once)',
  r6_consultations: 'Consultations',
  r6_referrals: 'Consultations referred to other support agencies',
  r6_joint: 'Consultations supported jointly with other support agencies',
  r6_outcomes: 'Consultations with confirmed outcomes',
  r6_sat_insight: 'Satisfaction (1): insight',
  r6_sat_knowhow: 'Satisfaction (2): know-how',
  r6_sat_roadmap: 'Satisfaction (3): roadmap',
  r6_sat_outcome: 'Satisfaction (4): outcome',
  r6_sat_satisfied: 'Satisfaction (5): very satisfied or satisfied',
  r8_selfdrive: 'Survey: self-reliance',
  r8_outlook: 'Survey: outlook',
  r8_resolved: 'Issues resolved',
  r8_referred_businesses: 'Businesses referred to other support agencies',
  r8_joint_businesses: 'Businesses supported jointly with other support agencies',
  r8_value_added: 'Total value added of businesses supported',
  r8_productivity: 'Labour productivity of value added',
  r8_employees: 'Total employees of businesses supported',
  r8_value_added_growth: 'Change in value added from the previous year',
  r8_sales_growth: 'Increase in total sales of businesses supported',
  r8_co_improved: 'Coordinators whose support capacity improved',
  r8_knowhow_shared: 'People with whom support skills and know-how were shared',
  r8_lectures: 'Coordinators sent as trainers',
  funnel_statements: 'Businesses that submitted financial statements',
  funnel_visualization: 'Businesses that started making profitability visible',
  funnel_phase2: 'Businesses that moved to phase 2',
};

const survey = (question: string): string =>
  `The share of respondents to the fiscal year’s user survey who answered 4 or 5 on a five-point scale to whether ${question}.`;

export const INDICATOR_DEFINITIONS_EN: Readonly<Record<string, string>> = {
  r6_businesses:
    'The number of businesses that consulted at least once in the fiscal year. A business is counted once however many times it consulted (name matching).',
  r6_consultations: 'The number of consultations held in the fiscal year.',
  r6_referrals:
    'The number of the fiscal year’s consultations in which the business was referred to another support agency.',
  r6_joint:
    'The number of the fiscal year’s consultations handled jointly with another support agency (its staff joining the consultation).',
  r6_outcomes: 'The number of the fiscal year’s consultations with a confirmed outcome.',
  r6_sat_insight: survey('they “saw the real issue and were convinced”'),
  r6_sat_knowhow: survey('they “gained management knowledge and know-how”'),
  r6_sat_roadmap: survey(
    'they “can now draw a path towards solving medium- to long-term management issues”',
  ),
  r6_sat_outcome: survey('there “was an outcome”'),
  r6_sat_satisfied:
    'The share of respondents to the fiscal year’s user survey who answered “very satisfied” (5) or “satisfied” (4) to the five-point satisfaction question.',
  r8_selfdrive: survey(
    'the “owner’s mindset changed, leading them to plan and carry out management measures”',
  ),
  r8_outlook: survey('they “can now foresee future sales and profit”'),
  r8_resolved:
    'The number of the fiscal year’s consultations recorded as having their issue resolved, leaving out consultations whose main topic (the first recorded) is one of the “topics not counted as issues resolved” below.',
  r8_referred_businesses:
    'The number of businesses with at least one consultation in the fiscal year in which they were referred to another support agency (each counted once).',
  r8_joint_businesses:
    'The number of businesses with at least one consultation in the fiscal year handled jointly with another support agency (each counted once).',
  r8_value_added:
    'The total value added of the fiscal year’s phase 2 businesses that have financial data for the year. How value added is calculated is explained under “How value added is calculated” below.',
  r8_productivity:
    'Total value added divided by the total employees of the same businesses (value added per employee). Not calculable when total employees is 0.',
  r8_employees:
    'The total employees of the fiscal year’s phase 2 businesses that have financial data for the year (an indicator common to phase 2).',
  r8_value_added_growth:
    'For the fiscal year’s phase 2 businesses with financial data for both this and the previous year, the ratio by which their total value added grew (this year’s total ÷ the previous year’s total − 1; 0.1 means a 10% increase). Not calculable when there are no such businesses or the previous year’s total is 0 or less.',
  r8_sales_growth:
    'For the same businesses as the change in value added, how much their total sales grew from the previous year (this year’s total − the previous year’s total).',
  r8_co_improved:
    'The number of coordinators (COs) whose support capacity improved in the fiscal year, as reported by the centre.',
  r8_knowhow_shared:
    'The number of people with whom support skills and know-how were shared in the fiscal year, as reported by the centre: trainees and secondees taken in from other support agencies, staff of other agencies who joined COs’ consultations, and total attendees of training sessions taught by COs.',
  r8_lectures:
    'The number of times COs were sent to other support agencies as trainers in the fiscal year, as reported by the centre.',
  funnel_statements:
    'Of the businesses that consulted the centre at least once in the fiscal year, the number that had submitted financial statements (or the financial analysis sheet of the Local Benchmark) by the end of the year.',
  funnel_visualization:
    'Of those, the number that had also started making profitability visible by the end of the year.',
  funnel_phase2:
    'Of those, the number that had also agreed to work on making profitability visible and more, and so moved to phase 2, by the end of the year.',
};

/** 図表12 → figure 12, 脚注7 → footnote 7, joined as in the Japanese source. */
export function indicatorSourceEn(source: string): string {
  return source
    .split('・')
    .map((part) =>
      part
        .replace(/^図表(\d+)$/, 'figure $1')
        .replace(/^脚注(\d+)$/, 'footnote $1')
        .replace(/^(\d+)$/, 'figure $1'),
    )
    .join(', ');
}
