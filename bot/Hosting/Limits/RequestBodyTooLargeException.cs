namespace PuenteBot.Hosting.Limits;

/// <summary>Thrown by <see cref="CappedRequestBody"/> when a body passes its route's cap; answered 413 by <see cref="RequestLimits"/>.</summary>
public sealed class RequestBodyTooLargeException() : IOException("The request body is over its route's limit.");
