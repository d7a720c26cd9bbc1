using LocalCare.Core.Generation;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LocalCare.Data;

/// <summary>Stores a <see cref="YearMonth"/> as its <c>YYYY-MM</c> text, which sorts as months do.</summary>
internal sealed class YearMonthConverter() : ValueConverter<YearMonth, string>(m => m.ToString(), s => YearMonth.Parse(s));
