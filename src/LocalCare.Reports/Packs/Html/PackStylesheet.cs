namespace LocalCare.Reports.Packs.Html;

/// <summary>The pack's CSS: screen and print (A4, each exception page on a new page); classes only, never inline styles.</summary>
internal static class PackStylesheet
{
    public const string Css = """
        .lc-pack { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; color: #212b32; font-size: 11pt; line-height: 1.35; }
        .lc-pack h1 { font-size: 22pt; margin: 0 0 8pt; }
        .lc-pack h2 { font-size: 16pt; margin: 0 0 8pt; border-bottom: 2px solid #005eb8; padding-bottom: 3pt; }
        .lc-pack h3 { font-size: 12.5pt; margin: 12pt 0 4pt; }
        .lc-pack section { margin-bottom: 18pt; }
        .lc-pack table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; font-size: 9.5pt; }
        .lc-pack th, .lc-pack td { border: 1px solid #d8dde0; padding: 3pt 5pt; text-align: left; vertical-align: top; }
        .lc-pack thead th { background: #f0f4f5; }
        .lc-pack td.lc-num, .lc-pack th.lc-num { text-align: right; }
        .lc-pack dl.lc-fields { display: grid; grid-template-columns: 34% 66%; margin: 0 0 10pt; }
        .lc-pack dl.lc-fields dt { font-weight: bold; padding: 2pt 0; }
        .lc-pack dl.lc-fields dd { margin: 0; padding: 2pt 0; }
        .lc-pack .lc-summary { border-left: 4px solid #005eb8; padding: 4pt 10pt; background: #f0f4f5; white-space: pre-line; }
        .lc-pack .lc-prose { white-space: pre-line; margin: 0 0 6pt; }
        .lc-pack div.lc-prose { white-space: normal; }
        .lc-pack div.lc-prose p { margin: 0 0 4pt; }
        .lc-pack .lc-muted { color: #4c6272; }
        .lc-pack .lc-theme th { background: #e8edee; font-size: 10.5pt; }
        .lc-pack .lc-icon { display: inline-flex; align-items: center; gap: 4pt; }
        .lc-pack .lc-icon svg { flex: none; }
        .lc-pack .lc-icon-text { font-size: 8.5pt; }
        .lc-pack .lc-dq { display: inline-flex; gap: 2pt; flex-wrap: wrap; }
        .lc-pack .lc-dq__part { border: 1px solid #768692; border-radius: 3pt; padding: 0 3pt; font-size: 8pt; white-space: nowrap; }
        .lc-pack .lc-rag--green { background: #e3f2e7; border-color: #007f3b; }
        .lc-pack .lc-rag--amber { background: #fff4d6; border-color: #ed8b00; }
        .lc-pack .lc-rag--red { background: #fbe3e1; border-color: #d5281b; }
        .lc-pack .lc-flag { font-weight: bold; color: #d5281b; }
        .lc-pack #matrix td { width: 20%; }
        .lc-pack #matrix ul { margin: 0; padding-left: 12pt; }
        .lc-pack .lc-matrix__first { background: #fff1e0; }
        .lc-pack .lc-exception__icons { display: flex; gap: 18pt; margin: 6pt 0; }
        .lc-pack .lc-exception svg.app-spc-chart { width: 100%; height: auto; max-height: 85mm; }
        .lc-pack .lc-key { list-style: none; padding: 0; }
        .lc-pack .lc-key li { display: flex; align-items: center; gap: 6pt; margin: 2pt 0; }
        .lc-pack .lc-contents a { color: #005eb8; }
        .lc-pack .lc-overdue { background: #fbe3e1; }
        @page { size: A4; }
        @media print {
          .lc-pack { font-size: 10pt; }
          .lc-pack .lc-page { break-before: page; page-break-before: always; }
          .lc-pack .lc-exception { break-before: page; page-break-before: always; }
          .lc-pack tr, .lc-pack .lc-key li { break-inside: avoid; page-break-inside: avoid; }
          .lc-pack h2, .lc-pack h3 { break-after: avoid; page-break-after: avoid; }
          .lc-pack a { color: inherit; text-decoration: none; }
          /* An exception's chart, breakdown and narrative on one A4 page: a compact chart and table in print only. */
          .lc-pack .lc-exception svg.app-spc-chart { max-height: 56mm; }
          .lc-pack .lc-exception h3 { margin: 5pt 0 2pt; }
          .lc-pack .lc-exception dl.lc-fields { margin: 0 0 4pt; }
          .lc-pack .lc-exception dl.lc-fields dt, .lc-pack .lc-exception dl.lc-fields dd { padding: 0.5pt 0; }
          .lc-pack .lc-exception .lc-exception__icons { margin: 2pt 0; }
          .lc-pack .lc-exception table { font-size: 8pt; margin: 2pt 0 4pt; }
          .lc-pack .lc-exception th, .lc-pack .lc-exception td { padding: 0.5pt 4pt; }
          .lc-pack .lc-narrative h4 { font-size: 10pt; margin: 4pt 0 1pt; }
          .lc-pack .lc-narrative p, .lc-pack .lc-narrative div.lc-prose p { margin: 0 0 2pt; }
        }
        """;
}
