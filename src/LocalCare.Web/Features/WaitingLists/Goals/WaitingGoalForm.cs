using System.Globalization;
using LocalCare.Core.Inputs;
using LocalCare.Core.WaitingLists;

namespace LocalCare.Web.Features.WaitingLists.Goals;

/// <summary>
/// The waiting-goal form's fields as posted (all text, so what was typed comes back with its error). A capacity is read only with
/// the user scenario: typed and then another scenario chosen, it is dropped, as the form hides it.
/// </summary>
public sealed class WaitingGoalForm
{
    public string? Service { get; set; }

    public string? OverWeeks { get; set; }

    public string? By { get; set; }

    public string? Scenario { get; set; }

    public string? Capacity { get; set; }

    public static WaitingGoalForm From(WaitingGoal goal) => new()
    {
        Service = goal.ServiceCode,
        OverWeeks = goal.OverWeeks.ToString(CultureInfo.InvariantCulture),
        By = goal.By.ToString(),
        Scenario = goal.Scenario,
        Capacity = goal.Capacity?.ToString("0.####", CultureInfo.InvariantCulture),
    };

    /// <summary>The input for the editor; a problem when the capacity is not a number (the editor checks the rest).</summary>
    public (WaitingGoalInput Input, FieldProblem? Problem) Read()
    {
        var user = string.Equals(Scenario?.Trim(), CapacityScenario.User, StringComparison.OrdinalIgnoreCase);
        double? capacity = null;
        FieldProblem? problem = null;
        if (user && !string.IsNullOrWhiteSpace(Capacity))
        {
            if (double.TryParse(Capacity.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            {
                capacity = value;
            }
            else
            {
                problem = new FieldProblem("capacity", "The capacity must be a number, like 12.5");
            }
        }

        int? overWeeks = int.TryParse(OverWeeks?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var weeks) ? weeks : null;
        return (new WaitingGoalInput(Service, overWeeks, By, string.IsNullOrWhiteSpace(Scenario) ? null : Scenario, capacity), problem);
    }
}
