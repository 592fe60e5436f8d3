namespace PuenteBot.Turns;

/// <summary>An activity the bot cannot process at all (no conversation id); channels answer it with 400.</summary>
public sealed class InvalidActivityException(string message) : Exception(message);
