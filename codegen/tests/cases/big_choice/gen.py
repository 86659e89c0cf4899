#!/usr/bin/env python3
"""Writes big_choice/schema.xsd: a choice of 130 response message elements, like
t:ArrayOfResponseMessagesType. Run from this directory: python3 gen.py > schema.xsd"""

VERBS = ["Create", "Get", "Update", "Delete", "Find", "Move", "Copy", "Send", "Sync", "Empty"]
NOUNS = ["Item", "Folder", "Attachment", "Conversation", "Rule", "Delegate", "UserConfiguration",
         "Persona", "Contact", "Group", "Calendar", "Inbox", "Reminder"]
# The first few point at types of their own; the rest share the base type.
SPECIAL = {"CreateItem": "ItemInfoResponseMessageType", "GetFolder": "FolderInfoResponseMessageType",
           "EmptyReminder": "ItemInfoResponseMessageType"}

names = [v + n for n in NOUNS for v in VERBS]
assert len(names) == 130 and len(set(names)) == 130
print('''<?xml version="1.0" encoding="utf-8"?>
<!-- big_choice: an xs:choice of 130 elements (like the ~125 *ResponseMessage elements of
     t:ArrayOfResponseMessagesType) becomes one enum with a variant each. Written by gen.py. -->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tns="urn:golden"
    targetNamespace="urn:golden" elementFormDefault="qualified">
  <xs:complexType name="ResponseMessageType">
    <xs:sequence>
      <xs:element name="MessageText" type="xs:string" minOccurs="0"/>
      <xs:element name="ResponseCode" type="xs:string" minOccurs="0"/>
    </xs:sequence>
    <xs:attribute name="ResponseClass" type="xs:string" use="required"/>
  </xs:complexType>
  <xs:complexType name="ItemInfoResponseMessageType">
    <xs:complexContent>
      <xs:extension base="tns:ResponseMessageType">
        <xs:sequence>
          <xs:element name="ItemId" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
        </xs:sequence>
      </xs:extension>
    </xs:complexContent>
  </xs:complexType>
  <xs:complexType name="FolderInfoResponseMessageType">
    <xs:complexContent>
      <xs:extension base="tns:ResponseMessageType">
        <xs:sequence>
          <xs:element name="FolderId" type="xs:string" minOccurs="0"/>
        </xs:sequence>
      </xs:extension>
    </xs:complexContent>
  </xs:complexType>
  <xs:complexType name="ArrayOfResponseMessagesType">
    <xs:choice maxOccurs="unbounded">''')
for n in names:
    print(f'      <xs:element name="{n}ResponseMessage" type="tns:{SPECIAL.get(n, "ResponseMessageType")}"/>')
print('''    </xs:choice>
  </xs:complexType>
  <xs:element name="Request">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="ResponseMessages" type="tns:ArrayOfResponseMessagesType"/>
      </xs:sequence>
    </xs:complexType>
  </xs:element>
  <xs:element name="Response" type="tns:ResponseMessageType"/>
</xs:schema>''')
