namespace PuenteBot.Hosting.Limits;

/// <summary>
/// Thrown by <see cref="CappedRequestBody"/> when a body passes its route's cap; answered 413 by <see cref="RequestLimits"/>.
/// Not an <see cref="IOException"/>, which form readers (antiforgery's among them) turn into a 400.
/// </summary>
public sealed class RequestBodyTooLargeException() : Exception("The request body is over its route's limit.");
