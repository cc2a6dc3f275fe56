import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** Every file under `dir`, as absolute paths. */
export const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  )

/** `{ path, text }` of the files under `dir` whose name ends with one of `extensions`; paths are relative, `/`-separated. */
export const readSources = (dir: string, extensions: string[]): { path: string; text: string }[] =>
  filesUnder(dir)
    .filter((file) => extensions.some((ext) => file.endsWith(ext)))
    .map((file) => ({ path: relative(dir, file).split(sep).join('/'), text: readFileSync(file, 'utf8') }))

export interface PackageSize {
  name: string
  bytes: number
}

/** Splits a built weapp by app.json's subpackage roots; everything else is the main package (source maps excluded). */
export const packageSizes = (outDir: string): { mainPackage: PackageSize; subpackages: PackageSize[] } => {
  const app = JSON.parse(readFileSync(join(outDir, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[]
    subpackages?: { root: string }[]
  }
  const roots = (app.subPackages ?? app.subpackages ?? []).map((sub) => sub.root.replace(/\/$/, ''))
  const totals = new Map<string, number>([['main', 0], ...roots.map((root) => [root, 0] as [string, number])])
  for (const file of filesUnder(outDir)) {
    if (file.endsWith('.map')) continue
    const path = relative(outDir, file).split(sep).join('/')
    const root = roots.find((candidate) => path.startsWith(`${candidate}/`)) ?? 'main'
    totals.set(root, totals.get(root)! + statSync(file).size)
  }
  return {
    mainPackage: { name: 'main', bytes: totals.get('main')! },
    subpackages: roots.map((root) => ({ name: root, bytes: totals.get(root)! })),
  }
}
