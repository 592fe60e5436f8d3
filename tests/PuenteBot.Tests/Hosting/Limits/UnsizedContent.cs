using System.Net;

namespace PuenteBot.Tests.Hosting.Limits;

/// <summary>A body sent without <c>Content-Length</c> (chunked), so that only reading it can tell how big it is.</summary>
public sealed class UnsizedContent : HttpContent
{
    private readonly byte[] body;

    public UnsizedContent(string body, string mediaType)
    {
        this.body = System.Text.Encoding.UTF8.GetBytes(body);
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
