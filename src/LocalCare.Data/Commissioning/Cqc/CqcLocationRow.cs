namespace LocalCare.Data.Commissioning.Cqc;

/// <summary>One row of CQC's "Latest ratings" Locations sheet: a location's rating for one service/population group and domain.</summary>
/// <param name="Line">The row's number in the sheet or CSV file; the header is line 1.</param>
/// <param name="LocationId">CQC's location id, e.g. <c>1-000000001</c>.</param>
/// <param name="LocationName">The location's name.</param>
/// <param name="ServiceGroup">The service/population group; <c>Overall</c> for the location as a whole.</param>
/// <param name="Domain">The key question (<c>Overall</c>, <c>Safe</c> .. <c>Well-led</c>); older files call the column <c>Key Question</c>.</param>
/// <param name="LatestRating">The rating text as published; anything but the four ratings means unrated.</param>
/// <param name="PublicationDate">When the rating was published.</param>
/// <param name="ProviderId">CQC's id of the provider running the location.</param>
/// <param name="ProviderName">The provider's name.</param>
public sealed record CqcLocationRow(
    int Line,
    string LocationId,
    string LocationName,
    string ServiceGroup,
    string Domain,
    string LatestRating,
    DateOnly PublicationDate,
    string ProviderId,
    string ProviderName);
