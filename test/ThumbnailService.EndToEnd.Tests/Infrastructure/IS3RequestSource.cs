using System.Collections.Concurrent;
using Amazon.S3;

namespace ThumbnailService.EndToEnd.Tests.Infrastructure;

/// <summary>A fixture whose local S3 host logs every request (<see cref="S3RequestLog"/>) and a client of that host.</summary>
internal interface IS3RequestSource
{
    /// <summary>Every line the S3 host logged, in order; requests are `REQUEST METHOD /bucket/key STATUS`.</summary>
    ConcurrentQueue<string> S3Requests { get; }

    AmazonS3Client S3 { get; }
}
