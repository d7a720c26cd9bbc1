using LocalCare.Core.Plans;
using LocalCare.Core.Portfolio;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Portfolio;

/// <summary>
/// Changes the transformation portfolio: a new programme; a programme's status, commentary, lead, summary, name, scope,
/// theme and LCOs; its projects; the deliverables it carries. Each edit is checked whole and saved in one go (recorded by the
/// audit trail with who and when) or not at all.
/// </summary>
public sealed class PortfolioEditor(LocalCareDbContext db)
{
    /// <summary>
    /// Adds a programme to a plan year's portfolio, last in order, under <c>TP{yy}{yy}-</c> and its short code (returned as
    /// the result's code); the year must have a plan and the code must be free.
    /// </summary>
    public async Task<PortfolioEditResult> CreateProgrammeAsync(PlanYear year, ProgrammeDraft draft, CancellationToken cancellationToken)
    {
        if (!await db.Priorities.AnyAsync(p => p.PlanYear == year, cancellationToken))
        {
            return PortfolioEditResult.Invalid([new("year", $"There is no plan for {year.Label}: start it before adding programmes")]);
        }

        if (draft.Problems() is { Count: > 0 } problems)
        {
            return PortfolioEditResult.Invalid(problems);
        }

        var code = draft.CodeIn(year);
        if (await db.Programmes.AnyAsync(p => p.Code == code, cancellationToken))
        {
            return PortfolioEditResult.Invalid([new("short-code", $"{year.Label} already has a programme {code}")]);
        }

        var order = await db.Programmes.Where(p => p.PlanYear == year).Select(p => (int?)p.Order).MaxAsync(cancellationToken) ?? 0;
        db.Programmes.Add(draft.ToProgramme(year, order + 1));
        await db.SaveChangesAsync(cancellationToken);
        return PortfolioEditResult.Saved(code);
    }

    public async Task<PortfolioEditResult> UpdateProgrammeAsync(string code, ProgrammeEdit edit, CancellationToken cancellationToken)
    {
        if (await db.Programmes.SingleOrDefaultAsync(p => p.Code == code, cancellationToken) is not { } programme)
        {
            return ProgrammeNotFound(code);
        }

        if (edit.Problems() is { Count: > 0 } problems)
        {
            return PortfolioEditResult.Invalid(problems);
        }

        edit.ApplyTo(programme);
        await db.SaveChangesAsync(cancellationToken);
        return PortfolioEditResult.Saved(programme.Code);
    }

    /// <summary>Adds a project; it takes the next number of the programme (<see cref="Project.NextCode"/>), returned as the result's code.</summary>
    public async Task<PortfolioEditResult> AddProjectAsync(string programmeCode, ProjectEdit edit, CancellationToken cancellationToken)
    {
        if (!await db.Programmes.AnyAsync(p => p.Code == programmeCode, cancellationToken))
        {
            return ProgrammeNotFound(programmeCode);
        }

        if (edit.Problems() is { Count: > 0 } problems)
        {
            return PortfolioEditResult.Invalid(problems);
        }

        var existing = await db.Projects.Where(j => j.ProgrammeCode == programmeCode).Select(j => j.Code).ToListAsync(cancellationToken);
        var project = edit.ToProject(Project.NextCode(programmeCode, existing), programmeCode);
        db.Projects.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        return PortfolioEditResult.Saved(project.Code);
    }

    public async Task<PortfolioEditResult> UpdateProjectAsync(string programmeCode, string projectCode, ProjectEdit edit, CancellationToken cancellationToken)
    {
        if (!await db.Programmes.AnyAsync(p => p.Code == programmeCode, cancellationToken))
        {
            return ProgrammeNotFound(programmeCode);
        }

        if (await db.Projects.SingleOrDefaultAsync(j => j.Code == projectCode && j.ProgrammeCode == programmeCode, cancellationToken) is not { } project)
        {
            return PortfolioEditResult.NotFound($"Programme {programmeCode} has no project with code {projectCode}");
        }

        if (edit.Problems() is { Count: > 0 } problems)
        {
            return PortfolioEditResult.Invalid(problems);
        }

        edit.ApplyTo(project);
        await db.SaveChangesAsync(cancellationToken);
        return PortfolioEditResult.Saved(project.Code);
    }

    /// <summary>Makes the programme carry exactly these deliverables (checked by <see cref="DeliverableLinks.Check"/>): links are added and removed to match.</summary>
    public async Task<PortfolioEditResult> SetDeliverablesAsync(string programmeCode, IReadOnlyList<string?> deliverableCodes, CancellationToken cancellationToken)
    {
        if (await db.Programmes.Include(p => p.Deliverables).SingleOrDefaultAsync(p => p.Code == programmeCode, cancellationToken) is not { } programme)
        {
            return ProgrammeNotFound(programmeCode);
        }

        var wanted = deliverableCodes.Select(c => c?.Trim().ToUpperInvariant()).Where(c => !string.IsNullOrEmpty(c)).Distinct().ToList();
        var years = await db.Deliverables.Where(d => wanted.Contains(d.Code.ToUpper())).Select(d => new { d.Code, d.PlanYear }).ToListAsync(cancellationToken);
        var (codes, problems) = DeliverableLinks.Check(deliverableCodes, programme.PlanYear, years.ToDictionary(d => d.Code, d => d.PlanYear));
        if (problems.Count > 0)
        {
            return PortfolioEditResult.Invalid(problems);
        }

        programme.Deliverables.RemoveAll(l => !codes.Contains(l.DeliverableCode));
        foreach (var code in codes.Where(c => programme.Deliverables.All(l => l.DeliverableCode != c)))
        {
            programme.Deliverables.Add(new ProgrammeDeliverable { ProgrammeCode = programme.Code, DeliverableCode = code });
        }

        await db.SaveChangesAsync(cancellationToken);
        return PortfolioEditResult.Saved(programme.Code);
    }

    private static PortfolioEditResult ProgrammeNotFound(string code) => PortfolioEditResult.NotFound($"There is no programme with code {code}");
}
