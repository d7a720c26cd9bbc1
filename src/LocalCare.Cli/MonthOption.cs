using System.CommandLine;
using LocalCare.Core.Generation;

namespace LocalCare.Cli;

/// <summary>An option that takes a month written <c>YYYY-MM</c>; anything else is a parse error naming the option.</summary>
public static class MonthOption
{
    public static Option<YearMonth?> Create(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (YearMonth.TryParse(text, out var month) && month.Year >= 1900)
            {
                return month;
            }

            result.AddError($"{name} must be a month written YYYY-MM (not '{text}').");
            return null;
        },
    };
}
