using System.Text.Json.Serialization;

namespace ThumbnailService.Aws.Events;

/// <summary>Source-generated serialization of every event shape and response (no reflection: Native AOT).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(S3EventNotification))]
[JsonSerializable(typeof(SqsEvent))]
[JsonSerializable(typeof(SqsBatchResponse))]
[JsonSerializable(typeof(InvocationSummary))]
[JsonSerializable(typeof(EventBridgeEvent))]
[JsonSerializable(typeof(BatchOperationsEvent))]
[JsonSerializable(typeof(BatchOperationsResponse))]
public sealed partial class EventJsonContext : JsonSerializerContext;
