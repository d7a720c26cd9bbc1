using LocalCare.Core.Portfolio;

namespace LocalCare.Web.Features.Portfolio;

/// <summary>A plan year's transformation portfolio: in scope, then in sight, each with its programmes grouped by theme; and every project counted by status.</summary>
/// <remarks><c>PlanYear</c>: "2024/25"; null when no plan has been loaded.</remarks>
public sealed record PortfolioOverview(string? PlanYear, IReadOnlyList<PortfolioScopeGroup> Scopes, StatusCount Projects);

/// <summary>The programmes of one scope; <c>Code</c> is <c>in_scope</c> or <c>in_sight</c>, <c>Governance</c> says who governs them.</summary>
public sealed record PortfolioScopeGroup(string Code, string Name, string Governance, IReadOnlyList<PortfolioTheme> Themes);

/// <summary>The programmes under one transformation theme, in portfolio order.</summary>
public sealed record PortfolioTheme(string Name, IReadOnlyList<ProgrammeSummary> Programmes);

/// <summary>One programme in the portfolio's list: <c>Status</c> is a status code (<c>at_risk</c>), <c>Partners</c> "M", "T" or "M &amp; T".</summary>
public sealed record ProgrammeSummary(string Code, string Name, string Lead, string Partners, string Status, StatusCount Projects, int Deliverables);

/// <summary>Projects counted by status code (every status present, zero included), and their total.</summary>
public sealed record StatusCount(IReadOnlyDictionary<string, int> ByStatus, int Total)
{
    public static StatusCount Of(IEnumerable<PortfolioStatus> statuses)
    {
        var list = statuses.ToList();
        return new StatusCount(PortfolioStatuses.All.ToDictionary(s => s.ToCode(), s => list.Count(x => x == s)), list.Count);
    }

    /// <summary>"5 projects: 3 on track, 1 at risk, 1 complete"; "No projects".</summary>
    public string Describe(string noun = "project")
    {
        if (Total == 0)
        {
            return $"No {noun}s";
        }

        var parts = PortfolioStatuses.All.Where(s => ByStatus[s.ToCode()] > 0).Select(s => $"{ByStatus[s.ToCode()]} {s.ToLabel().ToLowerInvariant()}");
        return $"{Total} {(Total == 1 ? noun : noun + "s")}: {string.Join(", ", parts)}";
    }
}

/// <summary>Everything about one programme: where it sits, who leads it, its status and commentary, its projects and the deliverables it carries.</summary>
/// <remarks><c>Scope</c>: <c>in_scope</c> or <c>in_sight</c>. <c>Status</c>: a status code.</remarks>
public sealed record ProgrammeDetail(
    string Code,
    string PlanYear,
    string Name,
    string Scope,
    string ScopeName,
    string Theme,
    string Lead,
    string Partners,
    string Status,
    string Summary,
    string Commentary,
    IReadOnlyList<ProjectDetail> Projects,
    StatusCount ProjectCounts,
    IReadOnlyList<LinkedDeliverable> Deliverables);

/// <summary>A project of a programme; <c>Status</c> is a status code.</summary>
public sealed record ProjectDetail(string Code, string Name, string Lead, string Status, string Commentary)
{
    public static ProjectDetail From(Project project) => new(project.Code, project.Name, project.Lead, project.Status.ToCode(), project.Commentary);
}

/// <summary>A deliverable the programme carries, with its current status code (a deliverable status: <c>on_track</c>, <c>delivered</c>, …).</summary>
public sealed record LinkedDeliverable(string Code, string Title, string Workplan, string Status);
