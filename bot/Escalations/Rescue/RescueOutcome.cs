namespace PuenteBot.Escalations.Rescue;

/// <summary>Where the escalations of a turn whose save failed ended up.</summary>
public enum RescueOutcome
{
    /// <summary>In the database (saved on their own): the delivery worker has them.</summary>
    Stored,

    /// <summary>Not in the database, but every one reached the care team through at least one notifier.</summary>
    Delivered,

    /// <summary>At least one neither stored nor delivered (it waits in the spool, if the disk took it): the family must not be told the team knows.</summary>
    NotReached,
}
