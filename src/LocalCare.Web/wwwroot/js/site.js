// Starts the NHS.UK frontend's components (header menu, error summary focus, skip link, ...).
import { initAll } from '/lib/nhsuk/nhsuk-frontend.min.js'

initAll()
