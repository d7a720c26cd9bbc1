using LocalCare.Core.Generation;

namespace LocalCare.Core.WaitingLists;

/// <summary>One month's census: the snapshot of every unit with anyone waiting, in <see cref="WaitingCensusByUnit"/>'s order.</summary>
public sealed record WaitingCensusMonth(YearMonth Month, IReadOnlyList<UnitSnapshot> Units)
{
    /// <summary>The snapshot of one unit (<c>lco</c>, <c>service:POD</c>, …), or the empty snapshot when nobody there was waiting.</summary>
    public WaitingSnapshot Of(string unit) => Units.FirstOrDefault(u => u.Unit == unit)?.Snapshot ?? WaitingSnapshot.Empty;
}
