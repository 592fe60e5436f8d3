using System.Text;
using Microsoft.AspNetCore.Http;
using PuenteBot.Channels;
using PuenteBot.Protocol;

namespace PuenteBot.Tests.Channels;

public class InboundJsonTests
{
    private static Task<InboundJson.Read> ReadAsync(byte[] body)
    {
        var http = new DefaultHttpContext();
        http.Request.Body = new MemoryStream(body);
        return InboundJson.ReadAsync(http.Request, ProtocolJsonContext.Default.Activity, TestContext.Current.CancellationToken);
    }

    private static byte[] Activity(string textJson) =>
        Encoding.UTF8.GetBytes($$"""{"type":"message","conversation":{"id":"c1"},"text":{{textJson}}}""");

    [Fact]
    public async Task A_clean_body_read_in_many_pieces_is_the_activity()
    {
        var text = string.Concat(Enumerable.Repeat("mi hijo no quiere ir a la cita ", 7_000));

        var read = await ReadAsync(Activity($"\"{text}\""));

        Assert.False(read.TooLarge);
        Assert.Equal(text, read.Activity!.Text);
    }

    [Fact]
    public async Task Escapes_and_broken_bytes_are_repaired_and_the_message_kept()
    {
        var body = Activity("\"quiero morir \\uD83D ya \\u00e9\"");
        byte[] cut = [.. Activity("\"quiero morir \"").SkipLast(2), 0xF0, 0x9F, .. "\"}"u8.ToArray()];

        var escaped = await ReadAsync(body);
        var invalid = await ReadAsync(cut);

        Assert.Equal("quiero morir \uFFFD ya é", escaped.Activity!.Text);
        Assert.Equal("quiero morir \uFFFD", invalid.Activity!.Text);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_too_large()
    {
        var read = await ReadAsync(Activity($"\"{new string('a', InboundJson.MaxBytes)}\""));

        Assert.True(read.TooLarge);
        Assert.Null(read.Activity);
    }

    [Theory]
    [InlineData("{\"text\":\"hola\"}", false)]
    [InlineData("{\"text\":\"ñandú 😀\"}", false)]
    [InlineData("{\"text\":\"a\\u00e9\"}", true)]
    [InlineData("{\"text\":\"a\tb\"}", true)]
    [InlineData("{\"text\":\"a\\\"b\"}", false)]
    public void Only_bodies_the_repair_could_change_are_repaired(string body, bool needs)
    {
        Assert.Equal(needs, InboundJson.NeedsRepair(Encoding.UTF8.GetBytes(body)));
        if (!needs)
        {
            Assert.Equal(Encoding.UTF8.GetBytes(body), InboundJson.Repair(Encoding.UTF8.GetBytes(body)));
        }
    }

    [Fact]
    public void Invalid_utf8_needs_repair()
    {
        Assert.True(InboundJson.NeedsRepair([(byte)'{', 0xF0, 0x9F, (byte)'}']));
    }
}
