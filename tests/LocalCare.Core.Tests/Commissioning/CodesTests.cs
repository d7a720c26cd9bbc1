using LocalCare.Core.Commissioning;

namespace LocalCare.Core.Tests.Commissioning;

public sealed class CodesTests
{
    [Theory]
    [InlineData(ProviderServiceType.CareHomeNursing, "care_home_nursing", true)]
    [InlineData(ProviderServiceType.CareHomeResidential, "care_home_residential", true)]
    [InlineData(ProviderServiceType.Homecare, "homecare", false)]
    [InlineData(ProviderServiceType.SupportedLiving, "supported_living", false)]
    [InlineData(ProviderServiceType.DayService, "day_service", false)]
    [InlineData(ProviderServiceType.ExtraCare, "extra_care", false)]
    [InlineData(ProviderServiceType.SharedLives, "shared_lives", false)]
    [InlineData(ProviderServiceType.Other, "other", false)]
    public void ProviderServiceType_HasTheSpecsCode_AndOnlyCareHomesAreCareHomes(ProviderServiceType type, string code, bool careHome)
    {
        Assert.Equal(code, type.ToCode());
        Assert.True(ProviderServiceTypes.TryParse(code, out var parsed));
        Assert.Equal(type, parsed);
        Assert.True(ProviderServiceTypes.TryParse($" {code.ToUpperInvariant()} ", out parsed));
        Assert.Equal(type, parsed);
        Assert.Equal(careHome, type.IsCareHome());
    }

    [Theory]
    [InlineData("")]
    [InlineData("care home")]
    [InlineData("care_home")]
    [InlineData(null)]
    public void ProviderServiceType_RejectsOtherText(string? code)
    {
        Assert.False(ProviderServiceTypes.TryParse(code!, out _));
    }

    [Theory]
    [InlineData(CqcDomain.Overall, "Overall")]
    [InlineData(CqcDomain.Safe, "Safe")]
    [InlineData(CqcDomain.Effective, "Effective")]
    [InlineData(CqcDomain.Caring, "Caring")]
    [InlineData(CqcDomain.Responsive, "Responsive")]
    [InlineData(CqcDomain.WellLed, "Well-led")]
    public void CqcDomain_ReadsAndWritesTheWorkbooksText_CaseInsensitively(CqcDomain domain, string text)
    {
        Assert.Equal(text, domain.ToText());
        Assert.Equal(domain, CqcDomains.Parse(text));
        Assert.Equal(domain, CqcDomains.Parse(text.ToUpperInvariant()));
        Assert.Equal(domain, CqcDomains.Parse($"  {text.ToLowerInvariant()} "));
    }

    [Theory]
    [InlineData("Well led")]
    [InlineData("Key Question")]
    [InlineData("")]
    [InlineData(null)]
    public void CqcDomain_IsNullForOtherText(string? text)
    {
        Assert.Null(CqcDomains.Parse(text));
        Assert.False(CqcDomains.TryParse(text, out _));
    }

    [Theory]
    [InlineData(AuditRating.Excellent, "excellent", false)]
    [InlineData(AuditRating.Good, "good", false)]
    [InlineData(AuditRating.RequiresImprovement, "requires_improvement", true)]
    [InlineData(AuditRating.Poor, "poor", true)]
    public void AuditRating_HasTheSpecsCode(AuditRating rating, string code, bool needsActions)
    {
        Assert.Equal(code, rating.ToCode());
        Assert.Equal(rating, AuditRatings.Parse(code));
        Assert.Equal(rating, AuditRatings.Parse(code.ToUpperInvariant()));
        Assert.Equal(needsActions, rating.NeedsActions());
    }

    [Theory]
    [InlineData("requires improvement")]
    [InlineData("outstanding")]
    [InlineData("")]
    public void AuditRating_IsNullForOtherText(string text)
    {
        Assert.Null(AuditRatings.Parse(text));
    }

    [Theory]
    [InlineData(KeyQuestion.Safe, "safe")]
    [InlineData(KeyQuestion.Effective, "effective")]
    [InlineData(KeyQuestion.Caring, "caring")]
    [InlineData(KeyQuestion.Responsive, "responsive")]
    [InlineData(KeyQuestion.WellLed, "well_led")]
    public void KeyQuestion_HasTheSpecsCode(KeyQuestion question, string code)
    {
        Assert.Equal(code, question.ToCode());
        Assert.True(KeyQuestions.TryParse(code, out var parsed));
        Assert.Equal(question, parsed);
        Assert.False(KeyQuestions.TryParse("well-led", out _));
    }

    [Theory]
    [InlineData(ConcernKind.Safeguarding, "safeguarding")]
    [InlineData(ConcernKind.Whistleblowing, "whistleblowing")]
    [InlineData(ConcernKind.ComplaintUpheld, "complaint_upheld")]
    [InlineData(ConcernKind.Other, "other")]
    public void ConcernKind_HasTheSpecsCode(ConcernKind kind, string code)
    {
        Assert.Equal(code, kind.ToCode());
        Assert.True(ConcernKinds.TryParse(code, out var parsed));
        Assert.Equal(kind, parsed);
    }

    [Theory]
    [InlineData(SocialValueTheme.EmploymentSkills, "employment_skills", "Create employment and skills opportunities")]
    [InlineData(SocialValueTheme.GoodEmployer, "good_employer", "Provide the best employment you can")]
    [InlineData(SocialValueTheme.CleanAir, "clean_air", "Clean air")]
    [InlineData(SocialValueTheme.LocalCommunity, "local_community", "Be part of a strong local community")]
    [InlineData(SocialValueTheme.LocalSupplyChain, "local_supply_chain", "Local supply chain")]
    [InlineData(SocialValueTheme.Greener, "greener", "Make your organisation greener")]
    public void SocialValueTheme_HasTheSpecsCodeAndTitle(SocialValueTheme theme, string code, string title)
    {
        Assert.Equal(code, theme.ToCode());
        Assert.Equal(title, theme.Title());
        Assert.True(SocialValueThemes.TryParse(code, out var parsed));
        Assert.Equal(theme, parsed);
    }

    [Theory]
    [InlineData(QiaStatus.NotStarted, "not_started")]
    [InlineData(QiaStatus.InReview, "in_review")]
    [InlineData(QiaStatus.Approved, "approved")]
    [InlineData(QiaStatus.Rejected, "rejected")]
    public void QiaStatus_HasTheSpecsCode(QiaStatus status, string code)
    {
        Assert.Equal(code, status.ToCode());
        Assert.True(QiaStatuses.TryParse(code, out var parsed));
        Assert.Equal(status, parsed);
    }

    [Theory]
    [InlineData(RiskBand.Low, "low", 12)]
    [InlineData(RiskBand.Medium, "medium", 6)]
    [InlineData(RiskBand.High, "high", 3)]
    public void RiskBand_HasTheSpecsCodeAndReviewMonths(RiskBand band, string code, int months)
    {
        Assert.Equal(code, band.ToCode());
        Assert.Equal(months, band.ReviewMonths());
        Assert.True(RiskBands.TryParse(code, out var parsed));
        Assert.Equal(band, parsed);
    }

    [Theory]
    [InlineData(0, RiskBand.Low)]
    [InlineData(2, RiskBand.Low)]
    [InlineData(3, RiskBand.Medium)]
    [InlineData(5, RiskBand.Medium)]
    [InlineData(6, RiskBand.High)]
    [InlineData(21, RiskBand.High)]
    public void RiskBand_OfAScore_BreaksAt3And6(int score, RiskBand band)
    {
        Assert.Equal(band, RiskBands.Of(score));
    }
}
