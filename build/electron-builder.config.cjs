// electron-builder configuration (CommonJS because package.json declares "type": "module").
// `npm run dist` builds with electron-vite, then packages the built `out/` folder.

/** @type {import('app-builder-lib').Configuration} */
module.exports = {
  appId: 'com.pilotportfolio.app',
  productName: 'Pilot Portfolio',
  copyright: 'Copyright © Pilot Portfolio',
  directories: {
    output: 'dist',
    buildResources: 'build',
  },
  // Only the built app: sources, tests and configs never ship. Production dependencies the main
  // process imports at run time (zod) are added by electron-builder from package.json.
  files: ['out/**', 'package.json'],
  asar: true,
  // Nothing is published from a build machine; releases are uploaded by hand.
  publish: null,

  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'build/icons',
    synopsis: 'A portfolio of AI pilots and the value they create',
    maintainer: 'Pilot Portfolio <maintainers@pilotportfolio.app>',
  },
  win: {
    target: ['nsis'],
    icon: 'build/icons/512x512.png',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    icon: 'build/icons/512x512.png',
  },

  // Electron fuses are flipped in the binary at packaging time, so they hold even if someone edits
  // the app's files or environment afterwards.
  electronFuses: {
    // The app binary can never be used as a plain Node.js (ELECTRON_RUN_AS_NODE).
    runAsNode: false,
    // Cookies are encrypted at rest with the OS key store.
    enableCookieEncryption: true,
    // NODE_OPTIONS and --inspect cannot inject code into the main process.
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    // The app code is the signed app.asar, checked against its embedded hash, and nothing else.
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // file:// gets no extra privileges: the app is served from app://.
    grantFileProtocolExtraPrivileges: false,
  },
};
