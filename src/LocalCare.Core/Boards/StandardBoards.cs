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

    /// <summary>Fresh instances, so callers may attach them to a database context.</summary>
    public static IReadOnlyList<Board> Create() =>
    [
        new() { Code = Accountability, Name = "Accountability Board", Cadence = Cadence.Quarterly, Order = 1, ReceivesPlanProgress = true, Purpose = "Partners hold the LCO to account for the operating plan: quarterly progress on priorities and deliverables." },
        new() { Code = HealthPerformance, Name = "Health Performance Board", Cadence = Cadence.Monthly, Order = 2, ReceivesWaitingLists = true, Purpose = "Monitors community health performance: access, waiting, quality, safety and workforce metrics." },
        new() { Code = AdultSocialCarePerformance, Name = "Adult Social Care Performance Board", Cadence = Cadence.Monthly, Order = 3, Purpose = "Monitors adult social care performance, including the care market and workforce." },
        new() { Code = FinancePerformanceContracting, Name = "Finance, Performance and Contracting Group", Cadence = Cadence.Monthly, Order = 4, Purpose = "Watches the control total, activity against plan, Value for Patients schemes and contracts." },
        new() { Code = TransformationPortfolio, Name = "Transformation Portfolio Board", Cadence = Cadence.Bimonthly, Order = 5, Purpose = "Governs the 'in scope' programmes of the transformation portfolio." },
        new() { Code = JointCommissioning, Name = "Joint Commissioning Board", Cadence = Cadence.Quarterly, Order = 6, Purpose = "Oversees integrated commissioning: providers, contracts, quality and social value." },
    ];

    /// <summary>Finds a standard board's code by its name as metrics.md writes it.</summary>
    public static string CodeForName(string name) =>
        Create().FirstOrDefault(b => string.Equals(b.Name, name, StringComparison.OrdinalIgnoreCase))?.Code
        ?? throw new ArgumentException($"'{name}' is not a standard board.", nameof(name));
}
