using ThumbnailService.Local.Pipeline;
using ThumbnailService.Local.S3Host;

namespace ThumbnailService.Local.Commands.Up;

/// <summary>What a developer needs to talk to a running local pipeline: endpoint, credentials and commands to paste.</summary>
internal static class PipelineBanner
{
    public const string Region = "us-east-1";

    public static async Task WriteAsync(TextWriter writer, LocalPipeline pipeline)
    {
        var endpoint = pipeline.S3.Endpoint.AbsoluteUri.TrimEnd('/');
        var aws = $"AWS_ACCESS_KEY_ID={LocalS3Host.AccessKey} AWS_SECRET_ACCESS_KEY={LocalS3Host.SecretKey} AWS_DEFAULT_REGION={Region} aws --endpoint-url {endpoint}";
        var source = pipeline.Options.SourceBucket;
        var thumbnails = pipeline.Options.ThumbnailBucket;
        await writer.WriteLineAsync($"""
            Local pipeline is up.
              S3 endpoint   {endpoint}  (path-style; any S3 client)
              credentials   access key {LocalS3Host.AccessKey}, secret key {LocalS3Host.SecretKey}, region {Region}
              buckets       {source} (uploads are routed: ObjectCreated -> thumbnail, ObjectRemoved -> cleanup), {thumbnails}

            Try, from another shell:
              {aws} s3 cp photo.jpg s3://{source}/photo.jpg
              {aws} s3 ls s3://{thumbnails} --recursive
              {aws} s3 cp s3://{thumbnails}/small/photo.jpg small.jpg
              {aws} s3 rm s3://{source}/photo.jpg

            One line per routed invocation follows; Ctrl-C stops everything.
            """);
        await writer.FlushAsync();
    }
}
