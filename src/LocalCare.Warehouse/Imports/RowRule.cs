namespace LocalCare.Warehouse.Imports;

/// <summary>
/// A rule across a row's fields, in SQL over the staging table: typed values are <c>v_&lt;column&gt;</c>, raw text <c>r_&lt;column&gt;</c>.
/// It is checked only on rows whose own fields are all valid.
/// </summary>
/// <param name="Column">The column the error is reported against.</param>
/// <param name="Rule">Short rule name, for the data-quality summary.</param>
/// <param name="Broken">SQL condition that is true when the row breaks the rule.</param>
/// <param name="Reason">SQL expression giving the message.</param>
public sealed record RowRule(string Column, string Rule, string Broken, string Reason);
