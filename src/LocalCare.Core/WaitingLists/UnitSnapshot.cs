namespace LocalCare.Core.WaitingLists;

/// <summary>The waiting-list snapshot of one unit (<c>lco</c>, <c>locality:X</c>, <c>neighbourhood:X</c>, <c>service:X</c>) at a census.</summary>
public sealed record UnitSnapshot(string Unit, string Name, WaitingSnapshot Snapshot);
