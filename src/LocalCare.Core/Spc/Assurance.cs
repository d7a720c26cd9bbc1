namespace LocalCare.Core.Spc;

/// <summary>The assurance icon: will the process reliably meet the target.</summary>
public enum Assurance
{
    ConsistentPass,
    ConsistentFail,
    Inconsistent,
}

/// <summary>The codes and text of <see cref="Assurance"/>, and the rule that gives it.</summary>
public static class Assurances
{
    /// <summary>
    /// Compares the target with the latest group's limits; null without a target or with direction neither.
    /// A target on a limit, or a group too short for limits, is inconsistent (as in NHSRplotthedots, where the comparisons fail).
    /// </summary>
    public static Assurance? Of(double? target, ImprovementDirection improvement, double? lpl, double? upl)
    {
        if (target is not { } t || improvement == ImprovementDirection.Neither)
        {
            return null;
        }

        var increase = improvement == ImprovementDirection.Increase;
        if (t > upl)
        {
            return increase ? Assurance.ConsistentFail : Assurance.ConsistentPass;
        }

        if (t < lpl)
        {
            return increase ? Assurance.ConsistentPass : Assurance.ConsistentFail;
        }

        return Assurance.Inconsistent;
    }

    public static string ToCode(this Assurance assurance) => assurance switch
    {
        Assurance.ConsistentPass => "consistent_pass",
        Assurance.ConsistentFail => "consistent_fail",
        _ => "inconsistent",
    };

    public static string ToText(this Assurance assurance) => assurance switch
    {
        Assurance.ConsistentPass => "Will consistently meet the target",
        Assurance.ConsistentFail => "Will consistently fail the target",
        _ => "Will hit and miss the target at random",
    };
}
