import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { NoticeAttachment } from '@contract'
import { formatSize } from '@/utils/noticeBody'

interface Props {
  attachments: NoticeAttachment[]
  uploading: boolean
  onAddImage: () => void
  onAddFile: () => void
  onRemove: (fileID: string) => void
}

/** 附件: images and documents (≤ 10 MB each, checked again by the server). */
export default function AttachmentEditor({ attachments, uploading, onAddImage, onAddFile, onRemove }: Props) {
  return (
    <View className="notice-edit__attachments">
      {attachments.map((attachment) => (
        <View key={attachment.fileID} className="notice-edit__attachment" data-testid="edit-attachment">
          <Text className="notice-edit__attachment-name">
            {attachment.kind === 'image' ? '图片' : '文件'} · {attachment.name}（{formatSize(attachment.size)}）
          </Text>
          <Text className="notice-edit__remove" onClick={() => onRemove(attachment.fileID)}>
            移除
          </Text>
        </View>
      ))}
      <View className="notice-edit__attach-buttons">
        <Button size="small" fill="outline" loading={uploading} onClick={onAddImage}>
          添加图片
        </Button>
        <Button size="small" fill="outline" loading={uploading} onClick={onAddFile}>
          添加文件
        </Button>
      </View>
      <Text className="notice-edit__hint">
        支持 jpg、png、gif、webp 图片和 pdf、Word、Excel、PPT、txt 文档，单个不超过 10 MB。
      </Text>
    </View>
  )
}
