using LocalCare.Core.Plans;

namespace LocalCare.Core.Portfolio;

/// <summary>
/// Next year's transformation portfolio from this year's, when next year's plan is started (docs/portfolio.md, "Next year"):
/// every programme that is not complete is copied under next year's code with its name, scope, theme, lead, LCOs and
/// summary, and its projects that are not complete under the same numbers; each starts the year <em>not started</em> with no
/// commentary, as a carried-forward deliverable starts with no update, until the board reports on it. Complete programmes
/// and projects stay in the year they finished. Deliverable links follow the deliverables that are carried forward
/// (<see cref="CarriedLinks"/>).
/// </summary>
public static class PortfolioRollForward
{
    /// <summary>Next year's programmes from <paramref name="from"/>'s, in portfolio order.</summary>
    public static IReadOnlyList<Programme> Next(PlanYear from, IEnumerable<Programme> programmes)
    {
        var to = from.Next;
        return [.. programmes.Where(p => p.PlanYear == from && p.Status != PortfolioStatus.Complete).OrderBy(p => p.Order).ThenBy(p => p.Code, StringComparer.Ordinal).Select(p =>
        {
            var code = PlanCodes.ForYear(p.Code, from, to);
            return new Programme
            {
                Code = code,
                PlanYear = to,
                Order = p.Order,
                Name = p.Name,
                Scope = p.Scope,
                Theme = p.Theme,
                Lead = p.Lead,
                Partners = p.Partners,
                Status = PortfolioStatus.NotStarted,
                Summary = p.Summary,
                Projects = [.. Project.InOrder(p.Projects).Where(j => j.Status != PortfolioStatus.Complete).Select(j => new Project
                {
                    Code = ProjectCodeFor(j.Code, p.Code, code),
                    ProgrammeCode = code,
                    Name = j.Name,
                    Lead = j.Lead,
                    Status = PortfolioStatus.NotStarted,
                })],
            };
        })];
    }

    /// <summary>
    /// The links next year's copy of a deliverable gets when it is carried forward: to next year's version of each programme
    /// that carried it, among <paramref name="nextYearProgrammes"/> (the codes of next year's programmes).
    /// </summary>
    public static IReadOnlyList<ProgrammeDeliverable> CarriedLinks(
        IEnumerable<ProgrammeDeliverable> links, Deliverable from, Deliverable to, IReadOnlyCollection<string> nextYearProgrammes) =>
        [.. links.Where(l => l.DeliverableCode == from.Code)
            .Select(l => PlanCodes.ForYear(l.ProgrammeCode, from.PlanYear, to.PlanYear))
            .Where(code => nextYearProgrammes.Contains(code))
            .Distinct()
            .Select(code => new ProgrammeDeliverable { ProgrammeCode = code, DeliverableCode = to.Code })];

    /// <summary><c>TP2425-CHTP-03</c> of <c>TP2425-CHTP</c> becomes <c>TP2526-CHTP-03</c> of <c>TP2526-CHTP</c>: the number stays.</summary>
    private static string ProjectCodeFor(string projectCode, string fromProgramme, string toProgramme) =>
        projectCode.StartsWith(fromProgramme + "-", StringComparison.Ordinal) ? toProgramme + projectCode[fromProgramme.Length..] : $"{toProgramme}-{projectCode}";
}
