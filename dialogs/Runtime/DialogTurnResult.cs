namespace PuenteBot.Dialogs.Runtime;

public enum DialogTurnStatus
{
    /// <summary>The stack was empty.</summary>
    Empty,

    /// <summary>The active dialog waits for the caregiver's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}

/// <summary>Why a dialog is being resumed or ended.</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,
}

/// <summary>What happened to the stack in a call, and the result of a dialog that ended.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);
}
