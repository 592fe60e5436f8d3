namespace PuenteBot.Turns;

/// <summary>One stage of the turn: it may answer, change the turn's state, and call the next stage or not.</summary>
public interface ITurnMiddleware
{
    Task OnTurnAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken);
}
