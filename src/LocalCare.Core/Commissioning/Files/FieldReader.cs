using System.Globalization;
using LocalCare.Core.Generation;
using LocalCare.Core.Inputs;
using LocalCare.Core.Organisation;
using LocalCare.Core.Plans;

namespace LocalCare.Core.Commissioning.Files;

/// <summary>
/// Reads one row's fields as the types of commissioning.md and data-contract.md, noting a problem per bad field (file, line,
/// column, reason); the row is stored only when <see cref="Errors"/> stays empty.
/// </summary>
public sealed class FieldReader(string file, ImportRecord record)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly List<InputError> _errors = [];

    public string File { get; } = file;

    public ImportRecord Record { get; } = record;

    public int Line => Record.Line;

    public IReadOnlyList<InputError> Errors => _errors;

    public bool Valid => _errors.Count == 0;

    /// <summary>Notes a problem with <paramref name="column"/> (or the row, when null).</summary>
    public void Fail(string? column, string reason) => _errors.Add(new InputError(File, Line, column, reason));

    /// <summary>Free text; "" when empty and not required.</summary>
    public string Text(string column, bool required = true, int maxLength = 500)
    {
        var text = Record[column];
        if (text is null)
        {
            if (required)
            {
                Fail(column, "is required");
            }

            return "";
        }

        if (text.Length > maxLength)
        {
            Fail(column, $"is {text.Length} characters long; at most {maxLength} are allowed");
        }

        return text;
    }

    /// <summary>A key (1..64 characters, data-contract.md).</summary>
    public string Key(string column)
    {
        var text = Text(column, maxLength: 64);
        return text;
    }

    /// <summary>A code: 1..32 characters of A-Z 0-9 - _ (data-contract.md).</summary>
    public string Code(string column)
    {
        var text = Record[column];
        if (text is null)
        {
            Fail(column, "is required");
            return "";
        }

        if (!OrganisationCodes.IsValidCode(text))
        {
            Fail(column, $"'{text}' is not a code (1 to 32 characters of A-Z, 0-9, - and _)");
        }

        return text;
    }

    /// <summary>An optional code; null when empty.</summary>
    public string? OptionalCode(string column) => Record[column] is null ? null : Code(column);

    public DateOnly Date(string column) => OptionalDate(column, required: true) ?? default;

    public DateOnly? OptionalDate(string column, bool required = false)
    {
        var text = Record[column];
        if (text is null)
        {
            if (required)
            {
                Fail(column, "is required");
            }

            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", Invariant, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Fail(column, $"'{text}' is not a date (YYYY-MM-DD)");
        return null;
    }

    public YearMonth Month(string column)
    {
        var text = Record[column];
        if (text is null)
        {
            Fail(column, "is required");
            return default;
        }

        if (YearMonth.TryParse(text, out var month))
        {
            return month;
        }

        Fail(column, $"'{text}' is not a month (YYYY-MM)");
        return default;
    }

    public PlanYear PlanYear(string column)
    {
        var text = Record[column];
        if (text is null)
        {
            Fail(column, "is required");
            return default;
        }

        if (Plans.PlanYear.TryParse(text, out var year))
        {
            return year;
        }

        Fail(column, $"'{text}' is not a plan year (e.g. 2024/25)");
        return default;
    }

    /// <summary>Money in GBP with up to 2 decimals; <paramref name="minimum"/> 0 refuses negative amounts.</summary>
    public decimal Money(string column, decimal? minimum = null) => OptionalMoney(column, minimum, required: true) ?? 0m;

    public decimal? OptionalMoney(string column, decimal? minimum = null, bool required = false)
    {
        var value = OptionalDecimal(column, minimum, required);
        if (value is { } amount && decimal.Round(amount, 2) != amount)
        {
            Fail(column, $"'{Record[column]}' has more than 2 decimal places (money is GBP with up to 2)");
        }

        return value;
    }

    public decimal Decimal(string column, decimal? minimum = null) => OptionalDecimal(column, minimum, required: true) ?? 0m;

    public decimal? OptionalDecimal(string column, decimal? minimum = null, bool required = false)
    {
        var text = Record[column];
        if (text is null)
        {
            if (required)
            {
                Fail(column, "is required");
            }

            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Invariant, out var value))
        {
            Fail(column, $"'{text}' is not a number");
            return null;
        }

        if (minimum is { } least && value < least)
        {
            Fail(column, $"'{text}' is less than {least.ToString(Invariant)}");
        }

        return value;
    }

    public int? OptionalInt(string column, int? minimum = null)
    {
        var text = Record[column];
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, Invariant, out var value))
        {
            Fail(column, $"'{text}' is not a whole number");
            return null;
        }

        if (minimum is { } least && value < least)
        {
            Fail(column, $"'{text}' is less than {least}");
        }

        return value;
    }

    /// <summary>Y or N (case-insensitive).</summary>
    public bool YesNo(string column)
    {
        var text = Record[column];
        switch (text?.ToUpperInvariant())
        {
            case "Y":
                return true;
            case "N":
                return false;
            case null:
                Fail(column, "is required (Y or N)");
                return false;
            default:
                Fail(column, $"'{text}' is not Y or N");
                return false;
        }
    }

    /// <summary>One of a list of codes, parsed by <paramref name="parse"/>; <paramref name="codes"/> names them in the message.</summary>
    public T Choice<T>(string column, TryParse<T> parse, string codes)
        where T : struct => OptionalChoice(column, parse, codes, required: true) ?? default;

    public T? OptionalChoice<T>(string column, TryParse<T> parse, string codes, bool required = false)
        where T : struct
    {
        var text = Record[column];
        if (text is null)
        {
            if (required)
            {
                Fail(column, $"is required (one of {codes})");
            }

            return null;
        }

        if (parse(text, out var value))
        {
            return value;
        }

        Fail(column, $"'{text}' is not one of {codes}");
        return null;
    }
}

/// <summary>Parses a code into a value, as the <c>TryParse</c> methods of the commissioning enums do.</summary>
public delegate bool TryParse<T>(string text, out T value);
