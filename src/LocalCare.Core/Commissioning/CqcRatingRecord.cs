namespace LocalCare.Core.Commissioning;

/// <summary>One row of CQC's latest-ratings workbook: a location's rating for a service/population group and domain, as published on a date.</summary>
public sealed class CqcRatingRecord
{
    public int Id { get; set; }

    public required string LocationId { get; set; }

    public required string LocationName { get; set; }

    /// <summary>The workbook's <c>Service / Population Group</c>; <c>Overall</c> for the location as a whole.</summary>
    public required string ServiceGroup { get; set; }

    public required CqcDomain Domain { get; set; }

    /// <summary>The rating read from <see cref="RatingText"/>; null when unrated.</summary>
    public CqcRating? Rating { get; set; }

    /// <summary>The workbook's <c>Latest Rating</c> text as published.</summary>
    public required string RatingText { get; set; }

    public required DateOnly PublicationDate { get; set; }

    public required string CqcProviderId { get; set; }

    public required string CqcProviderName { get; set; }
}
