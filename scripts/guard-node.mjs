// Astro 7 and Vitest 5 refuse Node < 22.12. npm scripts run the Node 22 that the `node`
// devDependency installs into node_modules/.bin; if its install script did not run we
// would silently fall back to the machine's Node 20, so stop with a clear message.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This project needs Node >= 22.12 but is running on Node ${process.versions.node}.\n` +
      'Run it through npm (npm start, npm test, npx …), which uses the Node 22 installed\n' +
      'by the `node` devDependency. If that is missing, run `npm install` again.',
  );
  process.exit(1);
}
