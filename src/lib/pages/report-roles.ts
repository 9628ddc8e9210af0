// The indicators as the report numbers and groups them: FY2024's six items by the three
// functions (図表12), FY2026's ①–⑧ by role, left to right as 図表16 lists them (④–⑥ carry
// 図表15's role in brackets), then the phase funnel (図表8). Pages show them in this order.
import { t, type MessageKey } from '../../i18n/index.ts';
import { INDICATORS, type IndicatorDef } from '../indicators.ts';

export interface NumberedItem {
  /** The report's number (①…⑧), with the sub-number of a survey question: ⑥(1). */
  number: string;
  indicator: IndicatorDef;
}

export interface RoleGroup {
  id: string;
  heading: string;
  items: NumberedItem[];
}

export interface FrameworkGroup {
  framework: IndicatorDef['framework'];
  heading: string;
  roles: RoleGroup[];
}

type Spec = [role: string, label: MessageKey, items: [number: string, id: string][]];

const FRAMEWORKS: [IndicatorDef['framework'], MessageKey, Spec[]][] = [
  [
    'r6',
    'methodology.framework.r6',
    [
      [
        'r6-onestop',
        'dash.role.onestop',
        [
          ['①', 'r6_businesses'],
          ['②', 'r6_consultations'],
        ],
      ],
      [
        'r6-coordinate',
        'dash.role.coordinate',
        [
          ['③', 'r6_referrals'],
          ['④', 'r6_joint'],
        ],
      ],
      [
        'r6-advice',
        'dash.role.advice',
        [
          ['⑤', 'r6_outcomes'],
          ['⑥(1)', 'r6_sat_insight'],
          ['⑥(2)', 'r6_sat_knowhow'],
          ['⑥(3)', 'r6_sat_roadmap'],
          ['⑥(4)', 'r6_sat_outcome'],
          ['⑥(5)', 'r6_sat_satisfied'],
        ],
      ],
    ],
  ],
  [
    'r8',
    'methodology.framework.r8',
    [
      ['r8-onestop', 'dash.role.onestop', [['①', 'r8_resolved']]],
      [
        'r8-coordinate',
        'dash.role.coordinate',
        [
          ['②', 'r8_referred_businesses'],
          ['③', 'r8_joint_businesses'],
        ],
      ],
      [
        'r8-advice',
        'dash.role.adviceExpanded',
        [
          ['④', 'r8_value_added'],
          ['④', 'r8_productivity'],
          ['⑤', 'r8_selfdrive'],
          ['⑤', 'r8_outlook'],
          ['⑤', 'r8_value_added_growth'],
          ['⑥', 'r8_sales_growth'],
        ],
      ],
      [
        'r8-capacity',
        'dash.role.capacity',
        [
          ['⑦', 'r8_co_improved'],
          ['⑦', 'r8_knowhow_shared'],
          ['⑦', 'r8_lectures'],
        ],
      ],
      ['r8-impact', 'dash.role.impact', [['⑧', 'r8_employees']]],
    ],
  ],
  [
    'funnel',
    'methodology.framework.funnel',
    [
      [
        'funnel',
        'dash.role.funnel',
        [
          ['', 'funnel_statements'],
          ['', 'funnel_visualization'],
          ['', 'funnel_phase2'],
        ],
      ],
    ],
  ],
];

const byId = new Map(INDICATORS.map((i) => [i.id, i]));

function indicatorById(id: string): IndicatorDef {
  const indicator = byId.get(id);
  if (!indicator) throw new Error(`report-roles: unknown indicator ${id}`);
  return indicator;
}

/** Every indicator once, by framework, role and the report's number. */
export function reportGroups(): FrameworkGroup[] {
  return FRAMEWORKS.map(([framework, heading, roles]) => ({
    framework,
    heading: t(heading),
    roles: roles.map(([id, label, items]) => ({
      id,
      heading: t(label),
      items: items.map(([number, ind]) => ({ number, indicator: indicatorById(ind) })),
    })),
  }));
}

/** The indicator ids in the report's order (the order the dashboards show them in). */
export const REPORT_ORDER: readonly string[] = FRAMEWORKS.flatMap(([, , roles]) =>
  roles.flatMap(([, , items]) => items.map(([, id]) => id)),
);

/** FY2024's ①–④: evaluated against the centre's own previous year (図表12). */
export const AGAINST_LAST_YEAR: readonly string[] = [
  'r6_businesses',
  'r6_consultations',
  'r6_referrals',
  'r6_joint',
];
