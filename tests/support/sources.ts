/**
 * The registry's sources made by the real tools from the demo's TypeScript
 * package (site/packages/widgets): TypeDoc's JSON, and API Extractor's
 * .api.json (from the declarations tsc writes). Each test file makes them
 * once, in its own folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import {execFileSync} from 'node:child_process';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);

export const WIDGETS = path.resolve(import.meta.dirname, '../../site/packages/widgets');

/** TypeDoc's JSON of a package (its src/index.ts), written to `out`. */
export async function typedocJson(out: string, packageDir = WIDGETS): Promise<string> {
  const {Application} = await import('typedoc');
  const app = await Application.bootstrap({
    entryPoints: [path.join(packageDir, 'src/index.ts')],
    tsconfig: path.join(packageDir, 'tsconfig.json'),
    logLevel: 'Error',
    disableGit: true,
    sourceLinkTemplate: 'https://example.com/{path}#L{line}',
  });
  const project = await app.convert();
  if (!project) {
    throw new Error(`TypeDoc could not convert ${packageDir}`);
  }
  await app.generateJson(project, out);
  return out;
}

/** API Extractor's .api.json of a package: tsc writes its declarations into `dir`, API Extractor reads them. */
export async function apiExtractorJson(dir: string, packageDir = WIDGETS): Promise<string> {
  const declarations = path.join(dir, 'dts');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(packageDir, 'tsconfig.json'), '--outDir', declarations, '--emitDeclarationOnly'], {stdio: 'pipe'});
  const {Extractor, ExtractorConfig} = await import('@microsoft/api-extractor');
  const out = path.join(dir, 'widgets.api.json');
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: packageDir,
      mainEntryPointFilePath: path.join(declarations, 'index.d.ts'),
      compiler: {tsconfigFilePath: path.join(packageDir, 'tsconfig.json')},
      docModel: {enabled: true, apiJsonFilePath: out},
      apiReport: {enabled: false},
      dtsRollup: {enabled: false},
      tsdocMetadata: {enabled: false},
    },
    configObjectFullPath: undefined,
    packageJsonFullPath: path.join(packageDir, 'package.json'),
  });
  const result = Extractor.invoke(config, {localBuild: true, messageCallback: (message) => void (message.handled = true)});
  if (!fs.existsSync(out)) {
    throw new Error(`API Extractor wrote no ${out} (${result.errorCount} errors)`);
  }
  return out;
}
