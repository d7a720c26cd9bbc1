namespace LocalCare.Core.Boards;

/// <summary>The boards every LCO starts with (board-packs.md), with stable codes.</summary>
public static class StandardBoards
{
    public const string Accountability = "AB";
    public const string HealthPerformance = "HPB";
    public const string AdultSocialCarePerformance = "ASCPB";
    public const string FinancePerformanceContracting = "FPCG";
    public const string TransformationPortfolio = "TPB";
    public const string JointCommissioning = "JCB";

    /// <summary>
    /// Fresh instances, so callers may attach them to a database context. Each has a default risk appetite (docs/risks.md): the
    /// partners' Accountability Board and the portfolio board see extreme risks (above 12), the performance boards high ones above 8,
    /// the finance and commissioning boards those above 9.
    /// </summary>
    public static IReadOnlyList<Board> Create() =>
    [
        new() { Code = Accountability, RiskAppetite = 12, Name = "Accountability Board", Cadence = Cadence.Quarterly, Order = 1, ReceivesPlanProgress = true, Purpose = "Partners hold the LCO to account for the operating plan: quarterly progress on priorities and deliverables." },
        new() { Code = HealthPerformance, RiskAppetite = 8, Name = "Health Performance Board", Cadence = Cadence.Monthly, Order = 2, ReceivesWaitingLists = true, Purpose = "Monitors community health performance: access, waiting, quality, safety and workforce metrics." },
        new() { Code = AdultSocialCarePerformance, RiskAppetite = 8, Name = "Adult Social Care Performance Board", Cadence = Cadence.Monthly, Order = 3, Purpose = "Monitors adult social care performance, including the care market and workforce." },
        new() { Code = FinancePerformanceContracting, RiskAppetite = 9, Name = "Finance, Performance and Contracting Group", Cadence = Cadence.Monthly, Order = 4, Purpose = "Watches the control total, activity against plan, Value for Patients schemes and contracts." },
        new() { Code = TransformationPortfolio, RiskAppetite = 12, Name = "Transformation Portfolio Board", Cadence = Cadence.Bimonthly, Order = 5, Purpose = "Governs the 'in scope' programmes of the transformation portfolio." },
        new() { Code = JointCommissioning, RiskAppetite = 9, Name = "Joint Commissioning Board", Cadence = Cadence.Quarterly, Order = 6, Purpose = "Oversees integrated commissioning: providers, contracts, quality and social value." },
    ];

    /// <summary>Finds a standard board's code by its name as metrics.md writes it.</summary>
    public static string CodeForName(string name) =>
        Create().FirstOrDefault(b => string.Equals(b.Name, name, StringComparison.OrdinalIgnoreCase))?.Code
        ?? throw new ArgumentException($"'{name}' is not a standard board.", nameof(name));
}
