using LocalCare.Core.Inputs;
using LocalCare.Core.Plans;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Alignment;

/// <summary>
/// Adds and renames the partners' priorities deliverables are aligned to (executives and administrators). Partner priorities
/// have no plan year: every year's matrix and deliverable form share them, so a rename shows in every year.
/// </summary>
public sealed class PartnerPriorityEditor(LocalCareDbContext db)
{
    /// <summary>The longest title the database keeps.</summary>
    public const int MaxTitle = 300;

    /// <summary>Adds the partner's next priority (<c>ACUTE-P6</c> after P5); its code, or the problems by field (<c>partner-priority-partner</c>, <c>partner-priority-title</c>).</summary>
    public async Task<(string? Code, IReadOnlyList<FieldProblem> Problems)> AddAsync(string? partnerCode, string? title, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>();
        if (!Partners.TryParse(partnerCode, out var partner))
        {
            problems.Add(new("partner-priority-partner", "Select whose priority it is"));
        }

        if (TitleProblem(title) is { } titleProblem)
        {
            problems.Add(new("partner-priority-title", titleProblem));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var existing = await db.PartnerPriorities.Where(p => p.Partner == partner).ToListAsync(cancellationToken);
        var priority = PartnerPriority.Next(partner, title!.Trim(), existing);
        db.PartnerPriorities.Add(priority);
        await db.SaveChangesAsync(cancellationToken);
        return (priority.Code, []);
    }

    /// <summary>Changes a partner priority's title (its code and number never change); null when there is no such priority; problems keyed <c>partner-priority-{code}</c>.</summary>
    public async Task<IReadOnlyList<FieldProblem>?> RenameAsync(string code, string? title, CancellationToken cancellationToken)
    {
        var priority = await db.PartnerPriorities.SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (priority is null)
        {
            return null;
        }

        if (TitleProblem(title) is { } problem)
        {
            return [new("partner-priority-" + code, problem)];
        }

        priority.Title = title!.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    private static string? TitleProblem(string? title) =>
        string.IsNullOrWhiteSpace(title) ? "Enter the priority's title"
        : title.Trim().Length > MaxTitle ? $"The title must be {MaxTitle} characters or fewer"
        : null;
}
