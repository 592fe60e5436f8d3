using System.Net;

namespace PuenteBot.Tests.Channels.BotFramework;

/// <summary>What cannot be processed gets a clear 4xx with a short problem, never a stack trace.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private readonly BotFrameworkHost host = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("{\"type\":\"message\",", "The body is not an activity in JSON.")]
    [InlineData("[1,2]", "The body is not an activity in JSON.")]
    [InlineData("null", "The body is not an activity in JSON.")]
    [InlineData("{\"text\":\"hi\",\"conversation\":{\"id\":\"c\"}}", "The activity has no type.")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\"}", "The activity has no conversation.id.")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"conversation\":{}}", "The activity has no conversation.id.")]
    public async Task An_activity_that_cannot_be_processed_is_400_with_a_short_problem(string body, string problem)
    {
        var response = await host.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(problem, text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejection_by_the_turn_pipeline_is_400_with_its_reason()
    {
        var response = await host.PostAsync("{\"type\":\"message\",\"text\":\"hi\",\"conversation\":{\"id\":\"   \"}}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("conversation.id", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task A_body_that_is_not_json_is_415(string mediaType)
    {
        var response = await host.PostAsync(BotFrameworkHost.Message("hola", "http://localhost:9/"), mediaType: mediaType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task An_activity_type_the_bot_does_not_act_on_is_accepted_without_replies()
    {
        var response = await host.PostAsync("{\"type\":\"typing\",\"conversation\":{\"id\":\"c\"},\"deliveryMode\":\"expectReplies\"}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"activities\":[]}", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_invoke_the_bot_does_not_handle_is_501()
    {
        var response = await host.PostAsync("{\"type\":\"invoke\",\"name\":\"adaptiveCard/action\",\"conversation\":{\"id\":\"c\"}}");

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
