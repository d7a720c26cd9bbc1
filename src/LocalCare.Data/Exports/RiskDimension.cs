using LocalCare.Core.Exports;
using LocalCare.Core.Risks;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Exports;

/// <summary><c>dim_risk</c>: each risk on the register with its initial, current and target 5×5 scores and its review state.</summary>
public sealed class RiskDimension : ExportTableSource
{
    public override string Name => "dim_risk";

    public override string Grain => "One row per risk on the register.";

    public override IReadOnlyList<ExportColumn> Columns { get; } =
    [
        Text("risk_code", "The risk's code, e.g. R-001: the key fact_risk_score and bridge_risk_link join on."),
        Text("title", "What the risk is, in a line."),
        Text("category", "workforce, quality_safety, safeguarding, performance, finance, provider_market, data_digital, partnerships or compliance."),
        Text("category_label", "The category in words."),
        Text("owner", "The accountable person as the register names them."),
        Integer("initial_likelihood", "Likelihood when raised, 1 (rare) to 5 (almost certain)."),
        Integer("initial_consequence", "Consequence when raised, 1 (negligible) to 5 (catastrophic)."),
        Integer("initial_score", "Initial likelihood × consequence, 1 to 25."),
        Integer("current_likelihood", "Likelihood now (the latest re-score)."),
        Integer("current_consequence", "Consequence now."),
        Integer("current_score", "Current likelihood × consequence, 1 to 25."),
        Text("current_band", "The NHS matrix band of the current score: low (1–3), moderate (4–6), high (8–12) or extreme (15–25)."),
        Integer("target_likelihood", "The likelihood the controls aim for."),
        Integer("target_consequence", "The consequence the controls aim for."),
        Integer("target_score", "Target likelihood × consequence, 1 to 25."),
        Date("raised_on", "When it was raised on the register."),
        Date("review_date", "When its next review is due."),
        Date("last_reviewed_on", "When it was last reviewed; empty when never since it was raised."),
        Boolean("review_overdue", "True when the review date had passed on the day of the export."),
    ];

    protected override async Task FillAsync(ExportTable table, ExportSources sources, CancellationToken cancellationToken)
    {
        var risks = await sources.Db.Risks.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var r in risks.OrderBy(r => r.Code, StringComparer.Ordinal))
        {
            table.Add(
                r.Code, r.Title, r.Category.ToCode(), r.Category.ToLabel(), r.Owner,
                r.InitialLikelihood, r.InitialConsequence, r.Initial.Score,
                r.CurrentLikelihood, r.CurrentConsequence, r.Current.Score, r.Current.Band.ToCode(),
                r.TargetLikelihood, r.TargetConsequence, r.Target.Score,
                r.RaisedOn, r.ReviewDate, r.LastReviewedOn, r.IsReviewOverdueOn(sources.Today));
        }
    }
}
