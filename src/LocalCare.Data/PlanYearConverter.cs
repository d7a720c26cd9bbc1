using LocalCare.Core.Plans;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LocalCare.Data;

/// <summary>Stores a plan year as the calendar year it starts in (2024 for 2024/25).</summary>
public sealed class PlanYearConverter() : ValueConverter<PlanYear, int>(year => year.StartYear, start => new PlanYear(start));
