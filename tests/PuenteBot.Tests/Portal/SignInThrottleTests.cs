using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PuenteBot.Portal;
using PuenteBot.Portal.SignIn;

namespace PuenteBot.Tests.Portal;

/// <summary>Wrong passwords slow the address that sends them; nobody elsewhere can lock a clinician out, and the table never forgets a lock wholesale.</summary>
public class SignInThrottleTests
{
    private const string Stranger = "203.0.113.7";
    private const string Clinic = "198.51.100.20";

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));

    private SignInThrottle Throttle() => new(Options.Create(new PortalOptions()), clock);

    [Fact]
    public void A_strangers_wrong_passwords_lock_the_user_only_for_the_strangers_address()
    {
        var throttle = Throttle();

        for (var i = 0; i < 50; i++)
        {
            throttle.Failed(Stranger, "ana");
        }

        Assert.True(throttle.IsLocked(Stranger, "ana"));
        Assert.False(throttle.IsLocked(Clinic, "ana"));
    }

    [Fact]
    public void Five_wrong_passwords_from_one_address_lock_that_user_there_until_the_lockout_ends()
    {
        var throttle = Throttle();

        for (var i = 0; i < 4; i++)
        {
            throttle.Failed(Clinic, "ana");
        }

        var afterFour = throttle.IsLocked(Clinic, "ana");
        throttle.Failed(Clinic, "ana");
        var afterFive = throttle.IsLocked(Clinic, "ana");
        clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));

        Assert.False(afterFour);
        Assert.True(afterFive);
        Assert.False(throttle.IsLocked(Clinic, "ana"));
    }

    [Fact]
    public void An_address_guessing_at_many_names_waits_longer_after_each_failure()
    {
        var throttle = Throttle();
        for (var i = 0; i < SignInThrottle.FreeFailuresPerClient; i++)
        {
            throttle.Failed(Stranger, "name" + i);
        }

        var free = throttle.IsLocked(Stranger, "someone");
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 4; i++)
        {
            throttle.Failed(Stranger, "more" + i);
            var waited = TimeSpan.Zero;
            while (throttle.IsLocked(Stranger, "someone"))
            {
                clock.Advance(TimeSpan.FromMilliseconds(250));
                waited += TimeSpan.FromMilliseconds(250);
            }

            waits.Add(waited);
        }

        Assert.False(free);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)], waits);
        Assert.False(throttle.IsLocked(Clinic, "someone"));
    }

    [Fact]
    public void The_right_password_clears_that_users_count_at_that_address()
    {
        var throttle = Throttle();
        for (var i = 0; i < 4; i++)
        {
            throttle.Failed(Clinic, "ana");
        }

        throttle.Succeeded(Clinic, "ana");
        throttle.Failed(Clinic, "ana");

        Assert.False(throttle.IsLocked(Clinic, "ana"));
    }

    [Fact]
    public void Made_up_names_past_the_bound_do_not_unlock_an_active_lock()
    {
        var throttle = Throttle();
        for (var i = 0; i < 5; i++)
        {
            throttle.Failed(Stranger, "ana");
        }

        for (var i = 0; i < SignInThrottle.MaxTracked + 500; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(1));
            throttle.Failed("192.0.2." + (i % 200), "made-up-" + i);
        }

        Assert.True(throttle.IsLocked(Stranger, "ana"));
    }
}
