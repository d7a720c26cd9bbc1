namespace LocalCare.Core.Organisation;

/// <summary>One data line of organisation.csv as text, before any rule is applied; <c>Line</c> is 1-based with the header as line 1.</summary>
public sealed record OrganisationRow(int Line, string? Code, string? Name, string? Kind, string? ParentCode, string? ServiceGroup);
