namespace LocalCare.Core.Portfolio;

/// <summary>Why a portfolio edit cannot be saved: the field at fault (<c>status</c>, <c>commentary</c>, …) and the message in the service manual's words.</summary>
public sealed record PortfolioProblem(string Field, string Message);
