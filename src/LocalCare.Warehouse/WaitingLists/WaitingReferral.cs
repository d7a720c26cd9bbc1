namespace LocalCare.Warehouse.WaitingLists;

/// <summary>A referral waiting at a census (metrics.md): who, where, since when and for how many whole days.</summary>
public sealed record WaitingReferral(string ReferralId, string PersonId, string ServiceCode, string? NeighbourhoodCode, DateTime ReceivedAt, int DaysWaited);
