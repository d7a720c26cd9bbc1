namespace LocalCare.Core.WaitingLists;

/// <summary>How many are waiting in one band.</summary>
public sealed record BandCount(string Band, int Waiting);
