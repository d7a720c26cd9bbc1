namespace LocalCare.Core.Inputs;

/// <summary>A problem with one field of a form or request: the field's id (for the error summary's link) and the message in service-manual words.</summary>
public sealed record FieldProblem(string Field, string Message);
