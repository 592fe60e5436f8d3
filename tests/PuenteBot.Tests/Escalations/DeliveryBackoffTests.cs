using PuenteBot.Escalations.Delivery;

namespace PuenteBot.Tests.Escalations;

public class DeliveryBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(10);

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(7, 320)]
    [InlineData(8, 600)]
    [InlineData(40, 600)]
    public void The_wait_doubles_after_each_failure_up_to_the_maximum(int failures, int ceilingSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(ceilingSeconds), DeliveryBackoff.Delay(failures, Base, Max, 1));
        Assert.Equal(TimeSpan.FromSeconds(ceilingSeconds / 2.0), DeliveryBackoff.Delay(failures, Base, Max, 0));
    }

    [Fact]
    public void Jitter_spreads_the_wait_over_the_upper_half()
    {
        var waits = new[] { 0.1, 0.5, 0.9 }.Select(sample => DeliveryBackoff.Delay(3, Base, Max, sample)).ToArray();

        Assert.Equal([TimeSpan.FromSeconds(11), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(19)], waits);
    }
}
