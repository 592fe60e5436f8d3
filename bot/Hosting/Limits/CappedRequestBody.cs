namespace PuenteBot.Hosting.Limits;

/// <summary>
/// A request body that may not grow past a cap: what a body sent without <c>Content-Length</c> (chunked) is read
/// through, so that it is refused (<see cref="RequestBodyTooLargeException"/>, answered 413) after at most the cap,
/// whatever reads it.
/// </summary>
public sealed class CappedRequestBody(Stream inner, long maxBytes) : Stream
{
    private long read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int count)
    {
        read += count;
        return read > maxBytes ? throw new RequestBodyTooLargeException() : count;
    }
}
