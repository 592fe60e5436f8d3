using System.Net;
using System.Net.Http.Json;
using PuenteBot.Hosting;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Hosting;

public class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_answers_ok_when_the_database_answers()
    {
        await using var factory = new BotApplicationFactory();
        var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<HealthStatus>(TestContext.Current.CancellationToken);
        Assert.Equal(new HealthStatus("ok", "ok"), body);
        Assert.True(File.Exists(factory.DatabasePath));
    }
}
