// node validate.mjs SHAPES.ttl DATA.ttl -- prints the violations; exit 0 when the data conforms.
// shacl-engine (an implementation independent of this project) does the validating.
import rdf from '@zazuko/env-node'
import { Validator } from 'shacl-engine'

const [shapesPath, dataPath] = process.argv.slice(2)
const shapes = await rdf.dataset().import(rdf.fromFile(shapesPath))
const data = await rdf.dataset().import(rdf.fromFile(dataPath))
const validator = new Validator(shapes, { factory: rdf })
const report = await validator.validate({ dataset: data })
for (const r of report.results) {
  const msg = (r.message || []).map(m => m.value).join('; ')
  const path = r.path?.[0]?.predicates?.[0]?.value ?? ''
  console.log(`${r.focusNode?.value} ${path}: ${msg || r.constraintComponent?.value}`)
}
console.log(report.conforms ? `conforms (${data.size} triples)` : `${report.results.length} violations`)
process.exit(report.conforms ? 0 : 1)
