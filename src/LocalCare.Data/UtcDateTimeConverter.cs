using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LocalCare.Data;

/// <summary>
/// Instants are stored in UTC on both providers (PostgreSQL's timestamptz takes nothing else) and read back marked as UTC;
/// pages show them in UK time (UkTime.Local).
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
